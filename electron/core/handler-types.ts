import type { Contract, MethodName, ParsedInput, Result } from '../../shared/contract/index'
import type { ReadContext, WriteContext } from './context'

export type HandlerContext<M extends MethodName> = Contract[M]['writes'] extends true ? WriteContext : ReadContext

export type Handler<M extends MethodName> = (ctx: HandlerContext<M>, input: ParsedInput<M>) => Promise<Result<M>>

/** A feature's handlers must cover exactly its own methods: a missing or misspelled one is a compile error. */
export type FeatureHandlers<P extends string> = {
  [M in MethodName as M extends `${P}.${string}` ? M : never]: Handler<M>
}

export type Handlers = { [M in MethodName]: Handler<M> }

import type { Contract, MethodName, ParsedInput, Result } from '../../shared/contract/index'
import type { ReadContext, WriteContext } from './context'
import type { Deferred } from './deferred'

/** A method that writes only in some calls (a dry run reads) gets either context and tells them apart with isWriteContext. */
export type HandlerContext<M extends MethodName> = Contract[M]['writes'] extends true
  ? WriteContext
  : Contract[M]['writes'] extends 'unlessDryRun'
    ? ReadContext | WriteContext
    : ReadContext

/** A write may leave heavy work that needs no lock (rendering) until after its commit: it returns `deferred(run)`. */
export type Handler<M extends MethodName> = (ctx: HandlerContext<M>, input: ParsedInput<M>) => Promise<Result<M> | Deferred<Result<M>>>

/** A feature's handlers must cover exactly its own methods: a missing or misspelled one is a compile error. */
export type FeatureHandlers<P extends string> = {
  [M in MethodName as M extends `${P}.${string}` ? M : never]: Handler<M>
}

export type Handlers = { [M in MethodName]: Handler<M> }

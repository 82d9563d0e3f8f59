import type { Handlers } from './handler-types'
import { profileHandlers } from './profile/handlers'
import { systemHandlers } from './system/handlers'

/** The one implementation of the contract; a method without a handler does not compile. */
export const registry: Handlers = {
  ...systemHandlers,
  ...profileHandlers,
}

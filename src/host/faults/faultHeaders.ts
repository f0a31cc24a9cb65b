/**
 * The page sends the fault spec of its URL/control with every proxied request, and the sidebar instance as the
 * scope its counts belong to (so "429x2" fails the first two requests of each opened ticket).
 */
export const faultSpecHeaderName = 'x-rapport-faults'
export const faultScopeHeaderName = 'x-rapport-fault-scope'

/**
 * Goes before the selector of a unit's button to find only units drawn, not those a small timeline holds
 * in its list, hidden (`keyedList`'s `hold`, which marks their items `data-parked`). Free of Lit, so that
 * on-demand parts can use it too.
 */
export const NOT_HELD = ':not([data-parked])>';

/**
 * Part of every seed derivation: the same seed and version give a byte-identical question. Bump it
 * whenever generation changes what a seed produces (generator logic, rendering, templates).
 */
export const ENGINE_VERSION = "0.3.0";

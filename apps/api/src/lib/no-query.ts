import { z } from "zod";

/**
 * The query of a route that takes no parameters. An unknown parameter is answered 400 with a problem
 * naming it, rather than ignored: a caller who typed `?langauge=python` learns it did nothing.
 */
export const NoQuerySchema = z.object({}).strict();

/** One thing wrong with the environment: the variable to fix, and what is wrong with it. */
export interface ConfigIssue {
  variable: string;
  message: string;
}

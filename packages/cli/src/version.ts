/** The package version, kept in step with package.json by the tests. */
export const version = "0.1.0"

/** Types of the one README-sync helper (readme-sync.mjs). */
export interface PackageReadme {
  readonly readme: string
  readonly example: () => string
  readonly blockAfter: (marker: string, lang?: string) => string | undefined
  readonly firstBlock: (lang: string) => string
}
export declare const readmeOf: (packageDir: URL, example?: string) => PackageReadme
export declare const fencedAfter: (text: string, marker: string, lang?: string) => string | undefined
export declare const printedBy: (main: (log: (...args: ReadonlyArray<unknown>) => void) => unknown) => string
export declare const checkReadmeExample: (
  packageDir: URL,
  main: (log: (...args: ReadonlyArray<unknown>) => void) => unknown,
  options?: { readonly maxLines?: number }
) => Promise<void>

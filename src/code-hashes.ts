// SHA-256 of the bundle files this process has already hashed (the CLI's compile cache hashes each
// chunk it loads), so that the code signature of the caches does not read and hash them again.

export const codeHashes = new Map<string, string>();

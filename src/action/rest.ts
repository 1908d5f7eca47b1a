// The slice of the GitHub REST API the Action needs, as one request function (octokit's
// `request` has this shape), plus page-number pagination and error status reading.

export interface RestResponse {
  status: number;
  data: unknown;
  headers: Record<string, string | number | undefined>;
}

/** `request("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", { owner, repo, pull_number })`. */
export type GitHubRequest = (route: string, params?: Record<string, unknown>) => Promise<RestResponse>;

export interface Repo {
  owner: string;
  repo: string;
}

const PER_PAGE = 100;

/**
 * Every item of a paginated list endpoint, page by page, stopping at `limit` items (the API
 * itself stops some lists, e.g. a pull request's files at 3000).
 */
export async function paginate<T>(request: GitHubRequest, route: string, params: Record<string, unknown>, limit = Infinity): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; items.length < limit; page++) {
    const response = await request(route, { ...params, per_page: PER_PAGE, page });
    const data = response.data;
    if (!Array.isArray(data)) throw new Error(`${route}: expected a list, got ${typeof data}`);
    items.push(...(data as T[]));
    if (data.length < PER_PAGE) break;
  }
  return items.slice(0, limit);
}

/** The HTTP status of a failed request (octokit's RequestError carries it), if any. */
export function errorStatus(error: unknown): number | undefined {
  if (typeof error === "object" && error !== null && "status" in error) {
    const status = (error as { status: unknown }).status;
    if (typeof status === "number") return status;
    if (typeof status === "string" && /^\d+$/.test(status)) return Number(status);
  }
  return undefined;
}

/** Read-only tokens (forks, `permissions: read-all`) get 403; some endpoints answer 404 instead. */
export function isPermissionError(error: unknown): boolean {
  const status = errorStatus(error);
  return status === 403 || status === 401;
}

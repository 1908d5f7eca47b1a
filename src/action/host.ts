// What the Action needs from the runner, as an interface: main.ts implements it with the
// toolkit; everything else stays plain and testable.

import type { Annotation } from "../report/github.js";
import type { GitHubRequest } from "./rest.js";

export interface ActionHost {
  info(message: string): void;
  /** A warning annotation without a position (permissions, fallbacks). */
  warning(message: string): void;
  annotate(annotation: Annotation): void;
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  /** Appends Markdown to the job summary. */
  appendSummary(markdown: string): Promise<void>;
  /** The REST API with the input token; undefined when there is no token. */
  request?: GitHubRequest;
}

// One Markdown parser for the scanner, the marker finder and the tests: CommonMark plus GitHub's
// tables and strikethrough, every node carrying its source offsets. Only the GFM extensions that
// change what a port table or a `localhost:NNNN` mention is are loaded: the full GFM set (autolink
// literals, footnotes, task lists) doubled parse time without changing a single finding.

import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmStrikethroughFromMarkdown } from "mdast-util-gfm-strikethrough";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
import { gfmTable } from "micromark-extension-gfm-table";
import type { Nodes, Root } from "mdast";

const extensions = [gfmTable(), gfmStrikethrough()];
const mdastExtensions = [gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown()];

export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, { extensions, mdastExtensions });
}

/** Plain text of a node: the values of its leaves, markup dropped (what a reader sees). */
export function plainText(node: Nodes): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  if ("children" in node) return (node.children as Nodes[]).map(plainText).join("");
  return "";
}

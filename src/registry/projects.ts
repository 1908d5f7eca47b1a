// Project allocations of host and fleet registries: which block a project owns, and whether two
// projects can collide at all (they can only when they may run on the same host).

import type { ProjectAllocation, Registry } from "./model.js";

/** The allocation of `project`, when the registry (or one it extends) declares one. */
export function allocationOf(registry: Registry, project: string | undefined): ProjectAllocation | undefined {
  return project === undefined ? undefined : registry.projects?.get(project);
}

/**
 * Whether two projects may run on one host: yes unless both list their hosts and no host is in
 * both lists. A project without an allocation or without hosts may be anywhere, so it may share.
 */
export function shareHost(registry: Registry, a: string | undefined, b: string | undefined): boolean {
  const hostsA = allocationOf(registry, a)?.hosts ?? [];
  const hostsB = allocationOf(registry, b)?.hosts ?? [];
  if (hostsA.length === 0 || hostsB.length === 0) return true;
  return hostsA.some((host) => hostsB.includes(host));
}

/** `8000-8009`, or `8000` for a block of one port. */
export function allocationSpan(allocation: ProjectAllocation): string {
  const [from, to] = allocation.range;
  return from === to ? String(from) : `${from}-${to}`;
}

import type { Role } from '@hub/core';

/**
 * Every route declares one of these. `roles` is the coarse check the guard makes before the
 * handler runs; `scoped` permissions are then checked against the ids by AccessService.
 */
export const PERMISSIONS = {
  'me.read': { roles: ['admin', 'member', 'guest'], scoped: false },
  'me.update': { roles: ['admin', 'member', 'guest'], scoped: false },
  'person.read': { roles: ['admin', 'member', 'guest'], scoped: true },
  'person.list': { roles: ['admin', 'member', 'guest'], scoped: false },
  'municipality.list': { roles: ['admin', 'member', 'guest'], scoped: false },
  'network.list': { roles: ['admin', 'member', 'guest'], scoped: false },
  'network.read': { roles: ['admin', 'member', 'guest'], scoped: true },
  'network.create': { roles: ['admin'], scoped: false },
  'network.update': { roles: ['admin', 'member'], scoped: true },
  'network.join': { roles: ['admin', 'member'], scoped: true },
  'network.leave': { roles: ['admin', 'member', 'guest'], scoped: true },
  'network.members.read': { roles: ['admin', 'member', 'guest'], scoped: true },
  'network.members.manage': { roles: ['admin', 'member'], scoped: true },
  'network.joinRequests.manage': { roles: ['admin', 'member'], scoped: true },
  'search.read': { roles: ['admin', 'member', 'guest'], scoped: false },
  'network.content.read': { roles: ['admin', 'member', 'guest'], scoped: true },
  'network.content.write': { roles: ['admin', 'member', 'guest'], scoped: true },
  'network.content.moderate': { roles: ['admin', 'member'], scoped: true },
  'feed.read': { roles: ['admin', 'member', 'guest'], scoped: false },
  'chat.use': { roles: ['admin', 'member', 'guest'], scoped: true },
  'admin.people.manage': { roles: ['admin'], scoped: false },
  'admin.overview': { roles: ['admin'], scoped: false },
  'admin.settings.manage': { roles: ['admin'], scoped: false },
  'admin.audit.read': { roles: ['admin'], scoped: false },
} as const satisfies Record<string, { roles: readonly Role[]; scoped: boolean }>;

export type Permission = keyof typeof PERMISSIONS;

export function roleMayAttempt(permission: Permission, role: Role): boolean {
  return (PERMISSIONS[permission].roles as readonly Role[]).includes(role);
}

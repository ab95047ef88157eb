import { Injectable } from '@nestjs/common';
import { type Actor, asNotFound, forbidden, notFound } from '@hub/core';
import { AccessRepository, isUuid, type NetworkFacts, type NetworkScope } from './access.repository';
import { type Permission, roleMayAttempt } from './permissions';

type NetworkPermission = Extract<
  Permission,
  | 'network.read'
  | 'network.update'
  | 'network.join'
  | 'network.leave'
  | 'network.members.read'
  | 'network.members.manage'
  | 'network.joinRequests.manage'
  | 'network.content.read'
  | 'network.content.write'
  | 'network.content.moderate'
>;

/**
 * The one access check. Services call it first; it answers "may this actor do this to these
 * ids?" and throws 404 where the actor may not even know the thing exists, 403 where they may.
 */
@Injectable()
export class AccessService {
  constructor(private readonly repo: AccessRepository) {}

  async requireNetwork(actor: Actor, permission: NetworkPermission, networkIdOrSlug: string): Promise<NetworkScope> {
    return (await this.checkNetwork(actor, permission, networkIdOrSlug)) as NetworkScope;
  }

  private async checkNetwork(actor: Actor, permission: NetworkPermission, networkIdOrSlug: string): Promise<NetworkFacts> {
    const facts = await this.repo.networkFacts(networkIdOrSlug, actor.personId, actor.role);
    // Whoever may not know the network exists gets 404 whatever they asked, never 403.
    if (!facts || !facts.seesNetwork) throw notFound('Nätverket finns inte eller är inte synligt för dig.');
    if (!roleMayAttempt(permission, actor.role)) {
      if (!facts.seesInside) throw notFound('Nätverket finns inte eller är inte synligt för dig.');
      throw forbidden();
    }
    switch (permission) {
      case 'network.read':
        return facts;
      case 'network.members.read':
        if (!facts.seesInside) throw notFound('Nätverket finns inte eller är inte synligt för dig.');
        return facts;
      case 'network.join':
        if (facts.membership !== null) return facts;
        if (facts.archived) throw forbidden('Nätverket är arkiverat och tar inte emot nya medlemmar.');
        if (facts.visibility === 'secret' && actor.role !== 'admin')
          throw forbidden('Medlemmar i det här nätverket läggs till av en samordnare.');
        return facts;
      case 'network.leave':
        if (facts.membership === null) throw notFound('Du är inte medlem i nätverket.');
        return facts;
      case 'network.content.read':
        if (!facts.seesInside) throw notFound('Nätverket finns inte eller är inte synligt för dig.');
        return facts;
      case 'network.content.write':
        if (!facts.seesInside) throw notFound('Nätverket finns inte eller är inte synligt för dig.');
        if (facts.archived) throw forbidden('Nätverket är arkiverat.');
        if (facts.membership === null && actor.role !== 'admin') throw forbidden('Gå med i nätverket för att skriva i det.');
        return facts;
      case 'network.content.moderate':
        if (!facts.seesInside) throw notFound('Nätverket finns inte eller är inte synligt för dig.');
        if (!facts.manages) throw forbidden('Bara nätverkets samordnare och sekretariatet får göra det här.');
        return facts;
      case 'network.update':
      case 'network.members.manage':
      case 'network.joinRequests.manage':
        if (!facts.seesInside) throw notFound('Nätverket finns inte eller är inte synligt för dig.');
        if (!facts.manages) throw forbidden('Bara nätverkets samordnare och sekretariatet får göra det här.');
        // An archived network is read-only; only the secretariat may edit it (to take it out of the archive).
        if (facts.archived && (permission !== 'network.update' || actor.role !== 'admin')) throw forbidden('Nätverket är arkiverat.');
        return facts;
    }
  }

  /**
   * For something that belongs to a network (a post, a meeting, a channel), found by its own id:
   * whatever the reason it is out of reach (missing, or in a network the actor may not see), the
   * answer is the same 404 with the thing's own wording.
   */
  async requireNetworkOf(actor: Actor, permission: NetworkPermission, networkId: string | null, gone: string): Promise<NetworkScope> {
    if (!networkId) throw notFound(gone);
    return asNotFound(this.requireNetwork(actor, permission, networkId), gone);
  }

  /** May the actor see this person's profile? Guests see themselves and people they share a network with. */
  async requirePerson(actor: Actor, personId: string): Promise<void> {
    if (!isUuid(personId)) throw notFound('Personen finns inte.');
    if (actor.personId === personId.toLowerCase()) return;
    const role = await this.repo.personRole(personId);
    if (role === null) throw notFound('Personen finns inte.');
    if (actor.role === 'guest' && !(await this.repo.sharesNetwork(actor.personId, personId))) throw notFound('Personen finns inte.');
  }
}

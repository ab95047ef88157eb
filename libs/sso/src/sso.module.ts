import { Module } from '@nestjs/common';
import { IdentityModule } from '@hub/identity';
import { PeopleModule } from '@hub/people';
import { OidcClient } from './oidc.client';
import { ProvidersService } from './providers.service';
import { ScimController } from './scim/scim.controller';
import { ScimRepository } from './scim/scim.repository';
import { ScimService } from './scim/scim.service';
import { SecretBox } from './secret-box';
import { ProvidersController, SsoController } from './sso.controller';
import { SsoRepository } from './sso.repository';
import { SsoService } from './sso.service';
import { SsoSessions } from './sso-sessions';

@Module({
  imports: [IdentityModule, PeopleModule],
  controllers: [SsoController, ProvidersController, ScimController],
  providers: [SecretBox, OidcClient, SsoRepository, SsoService, ProvidersService, SsoSessions, ScimRepository, ScimService],
  exports: [SsoSessions],
})
export class SsoModule {}

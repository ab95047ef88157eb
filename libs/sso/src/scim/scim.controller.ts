import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '@hub/access';
import { hashToken } from '@hub/identity';
import { SsoRepository, type ProviderRow } from '../sso.repository';
import { SCIM_TOKEN_PREFIX } from '../providers.service';
import { SCIM_CONTENT_TYPE, ScimError, ScimExceptionFilter } from './scim-error';
import { type ScimList, ScimService } from './scim.service';
import type { ScimUser } from './scim-user';

/**
 * SCIM 2.0 (RFC 7643/7644) at /scim/v2, outside /api/v1 and described apart (docs/sso.md): the
 * hub's session and API-token authentication does not apply (the routes are public to the
 * AuthGuard); each request carries a provider's own SCIM bearer token instead.
 */
@ApiExcludeController()
@Controller('scim/v2')
@UseFilters(ScimExceptionFilter)
export class ScimController {
  constructor(
    private readonly scim: ScimService,
    private readonly sso: SsoRepository,
  ) {}

  private async provider(request: FastifyRequest, reply: FastifyReply): Promise<ProviderRow> {
    void reply.header('Content-Type', SCIM_CONTENT_TYPE);
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    const token = match?.[1];
    const provider =
      token?.startsWith(SCIM_TOKEN_PREFIX) && token.length < 200 ? await this.sso.providerForScimToken(hashToken(token)) : null;
    if (!provider) {
      void reply.header('WWW-Authenticate', 'Bearer realm="natverkshubben-scim"');
      throw new ScimError(401, 'SCIM-token saknas, är fel eller har tagits bort. Skapa en ny på hubbens administrationssida.');
    }
    return provider;
  }

  @Get('ServiceProviderConfig')
  @Public()
  async config(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<object> {
    await this.provider(request, reply);
    return {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
      patch: { supported: true },
      bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
      filter: { supported: true, maxResults: 200 },
      changePassword: { supported: false },
      sort: { supported: false },
      etag: { supported: false },
      authenticationSchemes: [{ type: 'oauthbearertoken', name: 'Bearer token', description: 'En SCIM-token per inloggningsleverantör.' }],
    };
  }

  @Get('Users')
  @Public()
  async list(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query() query: Record<string, unknown>,
  ): Promise<ScimList> {
    return this.scim.list(await this.provider(request, reply), query);
  }

  @Get('Users/:id')
  @Public()
  async get(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply, @Param('id') id: string): Promise<ScimUser> {
    return this.scim.get(await this.provider(request, reply), id);
  }

  @Post('Users')
  @Public()
  @HttpCode(201)
  async create(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply, @Body() body: unknown): Promise<ScimUser> {
    const user = await this.scim.create(await this.provider(request, reply), body);
    void reply.header('Location', user.meta.location);
    return user;
  }

  @Put('Users/:id')
  @Public()
  async replace(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('id') id: string,
    @Body() body: unknown,
  ): Promise<ScimUser> {
    return this.scim.replace(await this.provider(request, reply), id, body);
  }

  @Patch('Users/:id')
  @Public()
  async patch(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('id') id: string,
    @Body() body: unknown,
  ): Promise<ScimUser> {
    return this.scim.patch(await this.provider(request, reply), id, body);
  }

  @Delete('Users/:id')
  @Public()
  @HttpCode(204)
  async remove(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply, @Param('id') id: string): Promise<void> {
    await this.scim.remove(await this.provider(request, reply), id);
  }
}

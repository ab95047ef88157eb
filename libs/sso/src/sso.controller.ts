import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiFoundResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Access, Public } from '@hub/access';
import { type Actor, CurrentActor, DomainError, HUB_CONFIG, type HubConfig, readCookie, sessionCookie, UuidPipe } from '@hub/core';
import { SESSION_COOKIE } from '@hub/identity';
import { Inject, Logger } from '@nestjs/common';
import { failurePage, SsoFailed } from './failure-page';
import { ProvidersService } from './providers.service';
import {
  CreatedScimTokenDto,
  CreateProviderDto,
  CreateScimTokenDto,
  DiscoverDto,
  DiscoverQueryDto,
  ProviderCheckDto,
  ProviderDto,
  SsoStartQueryDto,
  UpdateProviderDto,
} from './sso.dto';
import { SSO_STATE_COOKIE, SsoService, STATE_MINUTES } from './sso.service';

const STATE_COOKIE_PATH = '/api/v1/auth/sso';

function stateCookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  return sessionCookie(SSO_STATE_COOKIE, value, { maxAgeSeconds, secure }).replace('Path=/', `Path=${STATE_COOKIE_PATH}`);
}

@ApiTags('auth')
@Controller({ path: 'auth', version: '1' })
export class SsoController {
  private readonly logger = new Logger('SsoController');

  constructor(
    private readonly sso: SsoService,
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
  ) {}

  @Get('discover')
  @Public()
  @ApiOperation({ summary: 'How an e-mail address signs in (its municipality’s provider or a password), from the domain alone.' })
  @ApiOkResponse({ type: DiscoverDto })
  discover(@Query() query: DiscoverQueryDto): Promise<DiscoverDto> {
    return this.sso.discover(query.email);
  }

  @Get('sso/start')
  @Public()
  @ApiOperation({ summary: 'Sends the browser to the municipality’s identity provider (code flow with PKCE, state and nonce).' })
  @ApiFoundResponse({ description: 'To the provider’s sign-in page.' })
  @ApiProduces('text/html')
  async start(@Query() query: SsoStartQueryDto, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    try {
      const { location, state } = await this.sso.start(query.email, query.returnTo, request.ip);
      void reply
        .header('Set-Cookie', stateCookie(state, STATE_MINUTES * 60, this.config.secureCookies))
        .header('Cache-Control', 'no-store')
        .redirect(location, 302);
    } catch (error) {
      this.fail(reply, error);
    }
  }

  @Get('sso/callback')
  @Public()
  @ApiOperation({ summary: 'Where the provider returns the browser; signs in and redirects, or shows a Swedish page saying what failed.' })
  @ApiFoundResponse({ description: 'Signed in: to the path the sign-in started from.' })
  @ApiProduces('text/html')
  async callback(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const query: Record<string, string | undefined> = {};
    for (const [key, value] of Object.entries((request.query ?? {}) as Record<string, unknown>)) {
      if (typeof value === 'string') query[key] = value;
    }
    const cookieState = readCookie(request.headers.cookie, SSO_STATE_COOKIE);
    const clearState = stateCookie('', 0, this.config.secureCookies);
    try {
      const result = await this.sso.callback(query, cookieState, request.ip, String(request.headers['user-agent'] ?? ''));
      void reply
        .header('Set-Cookie', [
          clearState,
          sessionCookie(SESSION_COOKIE, result.sessionToken, {
            maxAgeSeconds: this.config.sessionTtlHours * 3600,
            secure: this.config.secureCookies,
          }),
        ])
        .redirect(result.returnTo, 302);
    } catch (error) {
      void reply.header('Set-Cookie', clearState);
      await this.sso.recordFailure(error, request.ip);
      this.fail(reply, error);
    }
  }

  /**
   * Answers a failed start or return with the Swedish page; a request the API refuses (a bad
   * `returnTo`) keeps its problem answer, and an unexpected fault is logged and gets the page too.
   */
  private fail(reply: FastifyReply, error: unknown): void {
    if (error instanceof DomainError) throw error;
    if (!(error instanceof SsoFailed)) this.logger.error({ err: error }, 'Sign-in through a provider failed unexpectedly');
    const page = failurePage(error instanceof SsoFailed ? error : new SsoFailed('error'));
    if (page.status === 429) void reply.header('Retry-After', '60');
    void reply.status(page.status).header('Content-Type', 'text/html; charset=utf-8').header('Cache-Control', 'no-store').send(page.html);
  }
}

@ApiTags('admin')
@Controller({ path: 'admin/identity-providers', version: '1' })
export class ProvidersController {
  constructor(private readonly providers: ProvidersService) {}

  @Get()
  @Access('admin.settings.manage')
  @ApiOperation({ summary: 'The municipalities’ identity providers (client secrets are never returned).' })
  @ApiOkResponse({ type: [ProviderDto] })
  list(): Promise<ProviderDto[]> {
    return this.providers.list();
  }

  @Post()
  @Access('admin.settings.manage')
  @ApiOperation({ summary: 'Add a municipality’s identity provider; its issuer is read through OpenID discovery.' })
  @ApiCreatedResponse({ type: ProviderDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateProviderDto): Promise<ProviderDto> {
    return this.providers.create(actor, body);
  }

  @Patch(':id')
  @Access('admin.settings.manage')
  @ApiOperation({ summary: 'Change a provider; leave out clientSecret to keep the current one.' })
  @ApiOkResponse({ type: ProviderDto })
  update(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: UpdateProviderDto): Promise<ProviderDto> {
    return this.providers.update(actor, id, body);
  }

  @Delete(':id')
  @Access('admin.settings.manage')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a provider: its sign-ins end, its SCIM tokens stop working.' })
  @ApiNoContentResponse()
  remove(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<void> {
    return this.providers.remove(actor, id);
  }

  @Post(':id/test')
  @Access('admin.settings.manage')
  @HttpCode(200)
  @ApiOperation({ summary: 'Fetch discovery and the signing keys (JWKS) now, and say in Swedish what is wrong.' })
  @ApiOkResponse({ type: ProviderCheckDto })
  test(@Param('id', UuidPipe) id: string): Promise<ProviderCheckDto> {
    return this.providers.test(id);
  }

  @Post(':id/scim-tokens')
  @Access('admin.settings.manage')
  @ApiOperation({ summary: 'A bearer token for this provider’s SCIM provisioning; shown once, stored hashed.' })
  @ApiCreatedResponse({ type: CreatedScimTokenDto })
  createScimToken(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @Body() body: CreateScimTokenDto,
  ): Promise<CreatedScimTokenDto> {
    return this.providers.createScimToken(actor, id, body.name);
  }

  @Delete(':id/scim-tokens/:tokenId')
  @Access('admin.settings.manage')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke a SCIM token.' })
  @ApiNoContentResponse()
  deleteScimToken(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @Param('tokenId', UuidPipe) tokenId: string,
  ): Promise<void> {
    return this.providers.deleteScimToken(actor, id, tokenId);
  }
}

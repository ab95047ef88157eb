import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Access, Public } from '@hub/access';
import { type Actor, CurrentActor, HUB_CONFIG, type HubConfig, readCookie, sessionCookie, UuidPipe } from '@hub/core';
import { AuthService, SESSION_COOKIE } from './auth.service';
import { AcceptInvitationDto, ApiTokenDto, CreatedApiTokenDto, CreateTokenDto, LoginDto, LogoutDto, SessionDto, SessionInfoDto } from './identity.dto';

@ApiTags('auth')
@Controller({ path: 'auth', version: '1' })
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with e-mail and password; sets the session cookie.' })
  @ApiOkResponse({ type: SessionInfoDto })
  async login(
    @Body() body: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionInfoDto> {
    const result = await this.auth.login(body.email, body.password, request.ip, String(request.headers['user-agent'] ?? ''));
    void reply.header(
      'Set-Cookie',
      sessionCookie(SESSION_COOKIE, result.sessionToken, {
        maxAgeSeconds: this.config.sessionTtlHours * 3600,
        secure: this.config.secureCookies,
      }),
    );
    return { personId: result.personId, role: result.role, csrfToken: result.csrfToken };
  }

  @Post('logout')
  @Access('me.read')
  @HttpCode(200)
  @ApiOperation({
    summary: 'End this session. A sign-in made through a municipality’s identity provider answers its logout address (send the browser there).',
  })
  @ApiOkResponse({ type: LogoutDto })
  async logout(@CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply): Promise<LogoutDto> {
    const providerLogoutUrl = await this.auth.logout(actor);
    void reply.header('Set-Cookie', sessionCookie(SESSION_COOKIE, '', { maxAgeSeconds: 0, secure: this.config.secureCookies }));
    return { providerLogoutUrl };
  }

  @Get('session')
  @Access('me.read')
  @ApiOperation({ summary: 'Who is signed in, and the CSRF token for this session.' })
  @ApiOkResponse({ type: SessionInfoDto })
  async session(@CurrentActor() actor: Actor, @Req() request: FastifyRequest): Promise<SessionInfoDto> {
    const current = await this.auth.authenticateSession(readCookie(request.headers.cookie, SESSION_COOKIE) ?? '');
    return { personId: actor.personId, role: actor.role, csrfToken: current?.csrfToken ?? '' };
  }

  @Post('invitations/accept')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'Choose a first password with the link from an invitation.' })
  @ApiNoContentResponse()
  async acceptInvitation(@Body() body: AcceptInvitationDto): Promise<void> {
    await this.auth.acceptInvitation(body.token, body.password);
  }
}

@ApiTags('me')
@Controller({ path: 'me', version: '1' })
export class MySecurityController {
  constructor(private readonly auth: AuthService) {}

  @Get('sessions')
  @Access('me.read')
  @ApiOperation({ summary: 'My active sign-ins.' })
  @ApiOkResponse({ type: [SessionDto] })
  sessions(@CurrentActor() actor: Actor): Promise<SessionDto[]> {
    return this.auth.sessions(actor);
  }

  @Delete('sessions/:id')
  @Access('me.update')
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out one of my sessions.' })
  @ApiNoContentResponse()
  revokeSession(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<void> {
    return this.auth.revokeSession(actor, id);
  }

  @Get('tokens')
  @Access('me.read')
  @ApiOperation({ summary: 'My personal API tokens (without their secrets).' })
  @ApiOkResponse({ type: [ApiTokenDto] })
  tokens(@CurrentActor() actor: Actor): Promise<ApiTokenDto[]> {
    return this.auth.tokens(actor);
  }

  @Post('tokens')
  @Access('me.update')
  @ApiOperation({ summary: 'Create a personal API token; the secret is shown once.' })
  @ApiCreatedResponse({ type: CreatedApiTokenDto })
  createToken(@CurrentActor() actor: Actor, @Body() body: CreateTokenDto): Promise<CreatedApiTokenDto> {
    return this.auth.createToken(actor, body.name, body.expiresInDays ?? null);
  }

  @Delete('tokens/:id')
  @Access('me.update')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke one of my API tokens.' })
  @ApiNoContentResponse()
  revokeToken(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<void> {
    return this.auth.revokeToken(actor, id);
  }
}

// A real OpenID provider (panva's oidc-provider) on loopback: the demo identity provider for Bjuv
// that `npm start` runs, and the municipalities' providers in the tests. Its sign-in page is our
// own (Swedish, no third-party fonts): any e-mail and any password signs in, as a demo should.
//
// Options come as JSON in IDP_OPTIONS:
//   { port (0 = any free one), title, clients: [{ clientId, clientSecret, redirectUris, postLogoutRedirectUris }],
//     jwksFile (keeps the signing key across restarts), testControls (POST /__test to steer it) }
// It prints `IDP_READY <issuer>` on standard output when it listens.
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';
import Provider, { errors } from 'oidc-provider';
import { SignJWT, decodeJwt, exportJWK, generateKeyPair, importJWK } from 'jose';

const options = JSON.parse(process.env.IDP_OPTIONS ?? '{}');
const title = options.title ?? 'Demokommunens inloggning';

async function signingJwk() {
  if (options.jwksFile && existsSync(options.jwksFile)) return JSON.parse(readFileSync(options.jwksFile, 'utf8'));
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: randomBytes(6).toString('hex'), alg: 'RS256', use: 'sig' };
  if (options.jwksFile) {
    mkdirSync(dirname(options.jwksFile), { recursive: true });
    writeFileSync(options.jwksFile, JSON.stringify(jwk), { mode: 0o600 });
  }
  return jwk;
}

// What the tests may change: accounts disabled at home, e-mail and name per login, and a way to
// misbehave (an ID token that expired, carries another nonce, or is signed by another key).
const state = { disabled: new Set(), emails: {}, names: {}, tamper: null };

const escape = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

function page(heading, body) {
  return `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(heading)} – ${escape(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem;color:#1b1b1b}
label{display:block;margin-top:1rem;font-weight:600}input{display:block;width:100%;padding:.5rem;font-size:1rem;box-sizing:border-box;border:1px solid #555}
button{margin-top:1.25rem;padding:.6rem 1.2rem;font-size:1rem;background:#0b4f8a;color:#fff;border:0}a{color:#0b4f8a}</style>
</head><body><main><h1>${escape(heading)}</h1>${body}</main></body></html>`;
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const server = createServer();
await new Promise((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;
const jwk = await signingJwk();
const signingKey = await importJWK(jwk, 'RS256');
const otherKey = (await generateKeyPair('RS256')).privateKey;

const provider = new Provider(issuer, {
  clients: (options.clients ?? []).map((c) => ({
    client_id: c.clientId,
    client_secret: c.clientSecret,
    redirect_uris: c.redirectUris,
    post_logout_redirect_uris: c.postLogoutRedirectUris ?? [],
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_post',
  })),
  jwks: { keys: [jwk] },
  cookies: { keys: [randomBytes(24).toString('hex')] },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'given_name', 'family_name'] },
  scopes: ['openid', 'email', 'profile', 'offline_access'],
  conformIdTokenClaims: false,
  features: {
    devInteractions: { enabled: false },
    rpInitiatedLogout: {
      enabled: true,
      async logoutSource(ctx, form) {
        ctx.body = page(
          'Logga ut',
          `<p>Vill du logga ut från ${escape(title)} också?</p>${form}<button form="op.logoutForm" name="logout" value="yes">Ja, logga ut</button>`,
        );
      },
      async postLogoutSuccessSource(ctx) {
        ctx.body = page('Utloggad', '<p>Du är utloggad.</p>');
      },
    },
  },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  // The municipality's own staff sign in to the municipality's own service: no consent screen.
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid email profile offline_access');
    await grant.save();
    return grant;
  },
  issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
  async findAccount(_ctx, id) {
    if (state.disabled.has(id)) return undefined;
    const email = state.emails[id] ?? (id.includes('@') ? id : `${id}@example.invalid`);
    const local = email.split('@')[0];
    const name =
      state.names[id] ??
      local
        .split(/[._-]/)
        .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
        .join(' ');
    return { accountId: id, claims: async () => ({ sub: id, email, email_verified: true, name }) };
  },
  renderError(ctx, out) {
    ctx.type = 'html';
    ctx.body = page('Något gick fel', `<p>${escape(out.error_description ?? out.error)}</p>`);
  },
});

provider.use(async (ctx, next) => {
  await next();
  if (ctx.path === '/token' && ctx.method === 'POST' && state.tamper && ctx.body?.id_token) {
    const claims = decodeJwt(ctx.body.id_token);
    const now = Math.floor(Date.now() / 1000);
    if (state.tamper === 'expired') Object.assign(claims, { iat: now - 7200, exp: now - 3600 });
    if (state.tamper === 'nonce') claims.nonce = 'en-annan-inloggnings-nonce';
    const key = state.tamper === 'otherkey' ? otherKey : signingKey;
    ctx.body = { ...ctx.body, id_token: await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: jwk.kid }).sign(key) };
  }
});

const handle = provider.callback();
server.on('request', async (req, res) => {
  try {
    const url = new URL(req.url, issuer);
    const match = /^\/interaction\/([\w-]+)(\/login|\/abort)?$/.exec(url.pathname);
    if (options.testControls && url.pathname === '/__test' && req.method === 'POST') {
      const body = JSON.parse((await readBody(req)) || '{}');
      if (body.disabled) state.disabled = new Set(body.disabled);
      if (body.emails) state.emails = body.emails;
      if (body.names) state.names = body.names;
      if ('tamper' in body) state.tamper = body.tamper;
      res.writeHead(204).end();
      return;
    }
    if (!match) return handle(req, res);
    const details = await provider.interactionDetails(req, res);
    if (match[2] === '/abort') {
      await provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'Inloggningen avbröts.' },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    if (match[2] === '/login' && req.method === 'POST') {
      const form = new URLSearchParams(await readBody(req));
      const login = (form.get('login') ?? '').trim().toLowerCase();
      if (!login) {
        res.writeHead(303, { Location: `/interaction/${details.uid}` }).end();
        return;
      }
      await provider.interactionFinished(req, res, { login: { accountId: login } }, { mergeWithLastSubmission: false });
      return;
    }
    const hint = details.params.login_hint ?? '';
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(
      page(
        title,
        `<p>Logga in med ditt konto i kommunen för att fortsätta till ${escape(details.params.client_id)}.</p>
<form method="post" action="/interaction/${escape(details.uid)}/login" autocomplete="off">
<label for="login">E-postadress</label><input id="login" name="login" type="email" required value="${escape(hint)}">
<label for="password">Lösenord (valfritt i demon)</label><input id="password" name="password" type="password">
<button type="submit">Logga in</button>
</form>
<p><a href="/interaction/${escape(details.uid)}/abort">Avbryt inloggningen</a></p>`,
      ),
    );
  } catch (error) {
    if (error instanceof errors.SessionNotFound || error instanceof errors.InvalidRequest) {
      res
        .writeHead(400, { 'Content-Type': 'text/html; charset=utf-8' })
        .end(page('Inloggningen har gått ut', '<p>Börja om från tjänsten du kom ifrån.</p>'));
      return;
    }
    res.writeHead(500, { 'Content-Type': 'text/plain' }).end('Fel i demoinloggningen');
    console.error(error);
  }
});

// Development keys and the in-memory adapter are what a loopback demo and tests want; say so once, not per request.
process.on('warning', () => undefined);
console.log(`IDP_READY ${issuer}`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));

// A real OpenID Connect provider on loopback for Werkplek's sign-on tests.
//
//   OIDC_TEST_PORT=9000 OIDC_TEST_ACCOUNTS=/tmp/accounts.json \
//   OIDC_TEST_REDIRECT_URIS=http://testserver/oidc/callback/ node provider.mjs
//
// Accounts come from a JSON file, read at every use so that each test writes
// the claims it needs: {"<login>": {"email": "...", "given_name": "...", ...,
// "disabled": true}}. The login typed in the development login form is the
// subject (`sub`). A disabled account is refused at login (access_denied),
// and a session of an account disabled later yields no more tokens.
//
// For the API's bearer tokens it also has a second client (`other-app`),
// token introspection and revocation, and two resource servers whose access
// tokens are JWTs (RFC 9068): `urn:werkplek:api` (audience `werkplek-api`)
// and `urn:other:api` (audience `other-api`), both with the scope `api`.
// Without a `resource` parameter at the token endpoint, access tokens are
// opaque.
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as querystring from 'node:querystring';

import Provider, { errors, interactionPolicy } from 'oidc-provider';

const port = Number(process.env.OIDC_TEST_PORT || 9000);
const issuer = `http://127.0.0.1:${port}`;
const list = (name, fallback) => (process.env[name] || fallback)
  .split(',').map((value) => value.trim()).filter(Boolean);

function readAccounts() {
  const path = process.env.OIDC_TEST_ACCOUNTS;
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    if (error.code === 'ENOENT') return {};
    throw error;
  }
}

const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 })
  .privateKey.export({ format: 'jwk' });

// A session whose account was disabled since must sign in again (and is
// then refused); with prompt=none this answers interaction_required.
const policy = interactionPolicy.base();
policy.get('login').checks.add(new interactionPolicy.Check(
  'account_disabled',
  'the account has been disabled',
  (ctx) => {
    const { accountId } = ctx.oidc.session;
    const account = accountId && readAccounts()[accountId];
    return Boolean(account && account.disabled);
  },
));

const client = (clientId, clientSecret) => ({
  client_id: clientId,
  client_secret: clientSecret,
  redirect_uris: list('OIDC_TEST_REDIRECT_URIS', 'http://testserver/oidc/callback/'),
  post_logout_redirect_uris: list(
    'OIDC_TEST_POST_LOGOUT_URIS', 'http://testserver/accounts/login/',
  ),
  grant_types: ['authorization_code'],
  response_types: ['code'],
  token_endpoint_auth_method: 'client_secret_basic',
});

// Resource indicator => the audience of its (JWT) access tokens.
const resourceServers = {
  'urn:werkplek:api': 'werkplek-api',
  'urn:other:api': 'other-api',
};

const configuration = {
  interactions: { policy },
  clients: [
    client(
      process.env.OIDC_TEST_CLIENT_ID || 'werkplek',
      process.env.OIDC_TEST_CLIENT_SECRET || 'werkplek-test-secret',
    ),
    client('other-app', process.env.OIDC_TEST_OTHER_SECRET || 'other-app-secret'),
  ],
  jwks: { keys: [{ ...signingKey, kid: randomUUID(), alg: 'RS256', use: 'sig' }] },
  cookies: { keys: [randomUUID()] },
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: [
      'name', 'given_name', 'family_name', 'preferred_username', 'locale',
      'phone_number', 'job_title', 'department', 'organisation', 'roles',
      'user_type', 'oid',
    ],
  },
  features: {
    devInteractions: { enabled: true },
    rpInitiatedLogout: { enabled: true },
    introspection: { enabled: true },
    revocation: { enabled: true },
    resourceIndicators: {
      enabled: true,
      async getResourceServerInfo(ctx, resourceIndicator) {
        const audience = resourceServers[resourceIndicator];
        if (!audience) throw new errors.InvalidTarget();
        return {
          scope: 'api',
          audience,
          accessTokenFormat: 'jwt',
          accessTokenTTL: 60 * 60,
          jwt: { sign: { alg: 'RS256' } },
        };
      },
    },
  },
  pkce: { required: () => false },
  async findAccount(ctx, id) {
    const account = readAccounts()[id];
    if (!account || account.disabled) return undefined;
    return {
      accountId: id,
      async claims() {
        const { disabled, ...claims } = account;
        return { ...claims, sub: id };
      },
    };
  },
};

const provider = new Provider(issuer, configuration);

// Refuse disabled accounts at the login form, as a directory would.
provider.use(async (ctx, next) => {
  if (ctx.method === 'POST' && /^\/interaction\/[^/]+$/.test(ctx.path)) {
    const chunks = [];
    for await (const chunk of ctx.req) chunks.push(chunk);
    const raw = Buffer.concat(chunks).toString();
    ctx.req.body = raw; // the development interactions read it from here
    const form = querystring.parse(raw);
    const account = readAccounts()[form.login];
    if (form.prompt === 'login' && account && account.disabled) {
      await provider.interactionFinished(ctx.req, ctx.res, {
        error: 'access_denied',
        error_description: 'The account is disabled.',
      }, { mergeWithLastSubmission: false });
      ctx.respond = false;
      return;
    }
  }
  await next();
});

provider.listen(port, '127.0.0.1', () => {
  console.log(`oidc-provider listening on ${issuer}`);
});

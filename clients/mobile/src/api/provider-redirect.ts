/**
 * Where OpenID providers send the app back after a sign-in: the app's scheme (app.json `scheme`),
 * one of accounts' OIDC_REDIRECT_URIS and of the provider client's redirect URIs.
 */
export const PROVIDER_REDIRECT_URI = 'com.worldgraph.mobile:/auth/callback';

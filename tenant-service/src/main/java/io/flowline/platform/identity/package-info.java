/**
 * People and programs that sign in: users, roles, invitations, password resets, API clients, sessions
 * with their refresh tokens, and the token endpoint that issues access tokens. It may use the rest of the platform, no
 * module.
 */
package io.flowline.platform.identity;

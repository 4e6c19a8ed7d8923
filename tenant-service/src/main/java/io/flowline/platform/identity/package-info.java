/**
 * People and programs that sign in: users, roles, invitations, password resets, API clients, sessions
 * with their refresh tokens, and the token endpoint that issues access tokens. It may use the rest of the platform, no
 * module. Its queries are named queries on the entities, run by one repository per aggregate named
 * {@code <Aggregate>Repository} ({@link io.flowline.platform.identity.UserRepository}), which reads through the entity
 * manager it is given.
 */
package io.flowline.platform.identity;

/**
 * JSON as the API reads and writes it: snake_case names, decimals as plain numbers, and a strict reader that
 * names the field of every error. It may use the rest of the platform, no module.
 */
package io.flowline.platform.json;

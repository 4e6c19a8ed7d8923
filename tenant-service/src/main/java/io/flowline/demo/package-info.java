/**
 * The demo manufacturer created on a fresh embedded database: catalogue, customers, warehouses and orders in
 * every state. It may use every module's services, as a tenant would through the API; nothing depends on it.
 */
package io.flowline.demo;

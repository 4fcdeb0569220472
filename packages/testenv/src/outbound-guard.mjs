// Preload (`node --import <this file>`): records every attempt of the process to reach anything
// but this machine — a TCP or TLS connection to a non-loopback address, a DNS lookup of a name
// other than localhost — one JSON line each in the file OUTBOUND_LOG names, with a stack. Tests
// start a stack with it and assert that nothing was recorded (nothing leaves the machine unasked:
// no cloud metadata lookups, no telemetry home). Connections still go ahead: only recorded.
import { appendFileSync } from 'node:fs';
import dns from 'node:dns';
import net from 'node:net';

const log = process.env.OUTBOUND_LOG;
const loopback = (host) => !host || host === 'localhost' || /^127\./.test(host) || host === '::1' || /^::ffff:127\./.test(host) || host.endsWith('.localhost');

function record(kind, target) {
  if (!log) return;
  appendFileSync(log, `${JSON.stringify({ kind, target, pid: process.pid, stack: new Error().stack?.split('\n').slice(2, 12).join('\n') })}\n`);
}

// Every TCP connection (http, undici, tls, pg, ioredis) goes through net.Socket#connect.
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const first = args[0];
  const options = Array.isArray(first) ? first[0] : first;
  let host;
  let port;
  if (options && typeof options === 'object') {
    if (!options.path) ({ host, port } = options);
  } else if (typeof first === 'number' || /^\d+$/.test(String(first))) {
    port = first;
    host = typeof args[1] === 'string' ? args[1] : undefined;
  }
  if (port !== undefined && !loopback(host)) record('connect', `${host}:${port}`);
  return connect.apply(this, args);
};

const lookup = dns.lookup;
dns.lookup = function (hostname, ...rest) {
  if (!loopback(hostname)) record('dns.lookup', hostname);
  return lookup.call(this, hostname, ...rest);
};
const promisesLookup = dns.promises.lookup;
dns.promises.lookup = function (hostname, ...rest) {
  if (!loopback(hostname)) record('dns.lookup', hostname);
  return promisesLookup.call(this, hostname, ...rest);
};
for (const name of ['resolve', 'resolve4', 'resolve6', 'resolveAny']) {
  const original = dns[name];
  dns[name] = function (hostname, ...rest) {
    record(`dns.${name}`, hostname);
    return original.call(this, hostname, ...rest);
  };
}

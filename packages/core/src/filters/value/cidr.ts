/**
 * `value_type: cidr` values, as c7n's `parse_cidr`: a string with `/` is a strict IPv4
 * network (host bits set -> not a network), without `/` an address, a list a list of either.
 * IPv6 is not modelled (c7n's network class is IPv4-only too); such values parse to None.
 */
import { Incomparable, type PyValue } from './py.js';

function ipv4(s: string): number | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  let n = 0;
  for (const p of parts) {
    // Python's ipaddress rejects leading zeros and empty octets.
    if (!/^\d{1,3}$/.test(p) || (p.length > 1 && p.startsWith('0'))) return undefined;
    const o = Number(p);
    if (o > 255) return undefined;
    n = n * 256 + o;
  }
  return n;
}

export class IPv4Address implements PyValue {
  constructor(readonly ip: number) {}
  pyEq(o: unknown): boolean {
    return o instanceof IPv4Address && o.ip === this.ip;
  }
  pyCmp(o: unknown): number {
    if (!(o instanceof IPv4Address)) throw new Incomparable();
    return this.ip - o.ip;
  }
  pyHash(): string {
    return `ip4:${this.ip}`;
  }
}

export class IPv4Network implements PyValue {
  readonly last: number;
  constructor(
    readonly ip: number,
    readonly prefixlen: number,
  ) {
    this.last = ip + 2 ** (32 - prefixlen) - 1;
  }
  pyEq(o: unknown): boolean {
    return o instanceof IPv4Network && o.ip === this.ip && o.prefixlen === this.prefixlen;
  }
  pyCmp(o: unknown): number {
    if (!(o instanceof IPv4Network)) throw new Incomparable();
    return this.ip !== o.ip ? this.ip - o.ip : this.prefixlen - o.prefixlen;
  }
  /** A network contains an address inside it, or a network it is a supernet of. */
  pyContains(o: unknown): boolean {
    if (o instanceof IPv4Network) return o.ip >= this.ip && o.last <= this.last;
    if (o instanceof IPv4Address) return o.ip >= this.ip && o.ip <= this.last;
    return false;
  }
  pyHash(): string {
    return `net4:${this.ip}/${this.prefixlen}`;
  }
}

export class IPv4List implements PyValue {
  constructor(readonly items: readonly (IPv4Network | IPv4Address | undefined)[]) {}
  pyEq(o: unknown): boolean {
    return o === this;
  }
  pyContains(o: unknown): boolean {
    if (o === null || o === undefined) return false;
    return this.items.some((i) => (i instanceof IPv4Network ? i.pyContains(o) : i?.pyEq(o)));
  }
}

export type Cidr = IPv4Network | IPv4Address | IPv4List;

export function parseCidr(value: unknown): Cidr | undefined {
  if (Array.isArray(value)) return new IPv4List(value.map((v) => parseOne(v)));
  return parseOne(value);
}

function parseOne(value: unknown): IPv4Network | IPv4Address | undefined {
  if (typeof value !== 'string') return undefined;
  const slash = value.indexOf('/');
  if (slash < 0) {
    const ip = ipv4(value);
    return ip === undefined ? undefined : new IPv4Address(ip);
  }
  const ip = ipv4(value.slice(0, slash));
  const p = value.slice(slash + 1);
  if (ip === undefined || !/^\d{1,2}$/.test(p) || Number(p) > 32) return undefined;
  const prefix = Number(p);
  if (ip % 2 ** (32 - prefix) !== 0) return undefined; // strict: host bits set
  return new IPv4Network(ip, prefix);
}

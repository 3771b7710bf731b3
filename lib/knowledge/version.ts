/**
 * Orders pack versions ("1.2.0", "1.10", "2.0.0-beta.1"): numeric parts compared as numbers, missing
 * parts as 0, and a release after its pre-releases. Returns <0, 0 or >0 like a sort comparator.
 */
export function compareVersions(a: string, b: string): number {
  const [coreA, preA] = splitVersion(a);
  const [coreB, preB] = splitVersion(b);
  for (let i = 0; i < Math.max(coreA.length, coreB.length); i++) {
    const diff = (coreA[i] ?? 0) - (coreB[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  if (preA === preB) return 0;
  if (preA === '') return 1;
  if (preB === '') return -1;
  return preA.localeCompare(preB, 'en', { numeric: true });
}

function splitVersion(version: string): [number[], string] {
  const match = /^([\d.]+)(?:[-+](.*))?$/.exec(version);
  const core = (match?.[1] ?? '').split('.').map((n) => Number.parseInt(n, 10) || 0);
  return [core, match?.[2] ?? ''];
}

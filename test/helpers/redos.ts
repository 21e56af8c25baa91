import { checkSync, type Diagnostics } from 'recheck';

export interface RedosVerdict {
  status: Diagnostics['status'];
  checker: string;
  detail: string;
}

/**
 * recheck's verdict on `regex`: the automaton checker first (with bounded repeats expanded up to 5000), and
 * the fuzz checker when the automaton cannot analyse the regex (look-ahead, back-references).
 */
export function redosVerdict(regex: RegExp): RedosVerdict {
  const flags = regex.flags.replace(/[gdy]/g, '');
  const base = { maxRepeatCount: 5000, maxNFASize: 1_000_000, timeout: 20_000 };
  let d = checkSync(regex.source, flags, { ...base, checker: 'automaton' });
  if (d.status === 'unknown') d = checkSync(regex.source, flags, { ...base, checker: 'fuzz' });
  const detail = d.status === 'vulnerable' ? `${d.complexity.summary}; attack ${d.attack.pattern.slice(0, 80)}` : d.status === 'unknown' ? d.error.kind : '';
  return { status: d.status, checker: d.checker ?? 'none', detail };
}

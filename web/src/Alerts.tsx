// The API key dialog (asked once, kept in this browser) and "make this an alert" from the current search.
import { useEffect, useRef, useState } from 'react';
import { ApiError, apiKey, postJson, setApiKey, type ItemFilters } from './api.ts';
import { alertName, ruleFromFilters } from './lib/rules.ts';
import { BellIcon } from './Icons.tsx';

export function KeyDialog({ open, onClose, reason }: { open: boolean; onClose: () => void; reason?: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [key, setKey] = useState(apiKey());
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      setKey(apiKey());
      d.showModal();
    } else if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="key-title" onClose={onClose}>
      <form
        method="dialog"
        onSubmit={() => {
          setApiKey(key.trim());
        }}
      >
        <h2 id="key-title">API key</h2>
        {reason && <p className="error">{reason}</p>}
        <p>
          Alerts and uploads need a key with the <code>subscribe</code> or <code>ingest</code> scope. The desk printed a local admin key when it first started; or create
          one with <code>wiredesk keys create --scopes subscribe</code>. It is kept in this browser only.
        </p>
        <label>
          Key
          <input name="key" autoComplete="off" spellCheck={false} value={key} onChange={(e) => setKey(e.target.value)} placeholder="wdk_…" />
        </label>
        <div className="actions">
          <button type="submit" className="primary">
            Save
          </button>
          <button type="button" onClick={() => ref.current?.close()}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** What POST /v1/subscriptions answers: the subscription and where its channels are. */
interface Created {
  id?: string;
  links?: { sse?: string; rss?: string; atom?: string; json?: string };
}

export function AlertButton({ filters, askKey }: { filters: ItemFilters; askKey: (reason: string) => void }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [rule, setRule] = useState('');
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; created: Created } | { kind: 'error'; message: string }>({ kind: 'idle' });

  const start = () => {
    setName(alertName(filters));
    setRule(ruleFromFilters(filters));
    setState({ kind: 'idle' });
    setOpen(true);
  };
  const create = async () => {
    if (!apiKey()) return askKey('Creating an alert needs an API key with the subscribe scope.');
    setState({ kind: 'busy' });
    try {
      const res = await postJson<Created>('/v1/subscriptions', { name, rule, channel: { type: 'sse' } });
      setState({ kind: 'done', created: res });
    } catch (e) {
      if (e instanceof ApiError && (e.status === 401 || e.status === 403)) askKey(`The server refused the key: ${e.message}`);
      setState({ kind: 'error', message: (e as Error).message });
    }
  };

  if (!open)
    return (
      <button type="button" className="alert-button" onClick={start} disabled={!ruleFromFilters(filters)} title="Be told when new items match this search">
        <BellIcon /> Make this an alert
      </button>
    );
  return (
    <form
      className="alert-form"
      aria-label="New alert"
      onSubmit={(e) => {
        e.preventDefault();
        void create();
      }}
    >
      <label>
        Name
        <input value={name} onChange={(e) => setName(e.target.value)} required />
      </label>
      <label>
        Rule
        <input value={rule} onChange={(e) => setRule(e.target.value)} required spellCheck={false} className="mono" />
      </label>
      <div className="actions">
        <button type="submit" className="primary" disabled={state.kind === 'busy'}>
          Create alert
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
      {state.kind === 'done' && <Done created={state.created} />}
      {state.kind === 'error' && (
        <p role="alert" className="error">
          {state.message}
        </p>
      )}
    </form>
  );
}

/** The new alert and where to follow it: its live stream and its feeds. */
function Done({ created }: { created: Created }) {
  const l = created.links ?? {};
  const feeds = (['rss', 'atom', 'json'] as const).filter((k) => l[k]);
  return (
    <p role="status" className="ok">
      Alert created{created.id && <> ({created.id})</>}.{' '}
      {l.sse && (
        <>
          Follow it <a href={l.sse}>live (Server-Sent Events)</a>
          {feeds.length > 0 && ' or as a feed: '}
        </>
      )}
      {feeds.map((k, i) => (
        <span key={k}>
          {i > 0 && ' · '}
          <a href={l[k]}>{k === 'json' ? 'JSON Feed' : k.toUpperCase()}</a>
        </span>
      ))}
    </p>
  );
}

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { Route, Router, Switch } from 'wouter';
import {
  apiClient,
  answered,
  ApiError,
  consoleConfig,
  forgetKey,
  KEY_REJECTED_EVENT,
  keySelf,
  storedKey,
  storeKey,
} from './api/client';
import { Layout } from './components/Layout';
import { ComparePage } from './pages/ComparePage';
import { ContainerPage, ContainersPage } from './pages/ContainersPage';
import { DatasetPage } from './pages/DatasetPage';
import { DatasetsPage } from './pages/DatasetsPage';
import { EvaluatorPage } from './pages/EvaluatorPage';
import { EvaluatorsPage } from './pages/EvaluatorsPage';
import { MonitorPage, MonitorsPage } from './pages/MonitorsPage';
import { ResultsPage } from './pages/ResultsPage';
import { RunPage } from './pages/RunPage';
import { RunsPage } from './pages/RunsPage';
import { WebhookPage, WebhooksPage } from './pages/WebhooksPage';
import { SessionContext, type Session } from './session';

export function App() {
  const [key, setKey] = useState<string | null>(() => storedKey());
  const [rejected, setRejected] = useState<string | null>(null);
  const queryClient = useQueryClient();

  const signOut = useCallback(() => {
    forgetKey();
    queryClient.clear();
    setKey(null);
  }, [queryClient]);

  useEffect(() => {
    const onRejected = () => {
      setRejected('The server rejected this API key (unknown or revoked). Enter another.');
      signOut();
    };
    window.addEventListener(KEY_REJECTED_EVENT, onRejected);
    return () => window.removeEventListener(KEY_REJECTED_EVENT, onRejected);
  }, [signOut]);

  const config = useQuery({
    queryKey: ['console-config'],
    queryFn: consoleConfig,
    staleTime: Infinity,
  });
  const self = useQuery({
    queryKey: ['self', key],
    queryFn: () => answered(apiClient.GET('/v1/keys/self')),
    enabled: key !== null,
    staleTime: Infinity,
  });

  const session = useMemo<Session | null>(() => {
    if (!self.data || !config.data) return null;
    const scopes = self.data.scopes;
    return {
      self: self.data,
      canWrite: scopes.includes('write') || scopes.includes('admin'),
      config: config.data,
      signOut,
    };
  }, [self.data, config.data, signOut]);

  if (key === null) {
    return (
      <KeyForm
        message={rejected}
        onKey={(next) => {
          storeKey(next);
          setRejected(null);
          setKey(next);
        }}
      />
    );
  }
  if (!session) {
    return (
      <main className="centered" aria-busy="true">
        <p role="status">{self.error ? self.error.message : 'Checking your API key…'}</p>
      </main>
    );
  }
  return (
    <SessionContext.Provider value={session}>
      <Router base="/console">
        <Layout>
          <Switch>
            <Route path="/" component={RunsPage} />
            <Route path="/runs/:id/results" component={ResultsPage} />
            <Route path="/runs/:id/compare" component={ComparePage} />
            <Route path="/runs/:id" component={RunPage} />
            <Route path="/evaluators/:id" component={EvaluatorPage} />
            <Route path="/evaluators" component={EvaluatorsPage} />
            <Route path="/datasets/:id" component={DatasetPage} />
            <Route path="/datasets" component={DatasetsPage} />
            <Route path="/containers/:id" component={ContainerPage} />
            <Route path="/containers" component={ContainersPage} />
            <Route path="/monitors/:id" component={MonitorPage} />
            <Route path="/monitors" component={MonitorsPage} />
            <Route path="/webhooks/:id" component={WebhookPage} />
            <Route path="/webhooks" component={WebhooksPage} />
            <Route>
              <h1>Not found</h1>
              <p>No console page has this address.</p>
            </Route>
          </Switch>
        </Layout>
      </Router>
    </SessionContext.Provider>
  );
}

/** Asks for the key once per tab; it is checked against the API before it is kept. */
function KeyForm({ message, onKey }: { message: string | null; onKey(key: string): void }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(message);
  const [checking, setChecking] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const key = value.trim();
    if (!key) return setError('Enter an API key.');
    setChecking(true);
    try {
      await keySelf(key);
      onKey(key);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'The server could not be reached.');
    } finally {
      setChecking(false);
    }
  }

  return (
    <main className="centered">
      <form className="card key-form" onSubmit={submit} aria-labelledby="key-title">
        <h1 id="key-title">Assay console</h1>
        <p>
          Enter an API key. It is kept in this tab only (session storage) and sent to the API in the
          Authorization header. A read-only key sees results but no controls.
        </p>
        <label htmlFor="api-key">API key</label>
        <input
          id="api-key"
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-describedby={error ? 'key-error' : undefined}
          aria-invalid={error ? true : undefined}
        />
        {error && (
          <p id="key-error" className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={checking}>
          {checking ? 'Checking…' : 'Open the console'}
        </button>
      </form>
    </main>
  );
}

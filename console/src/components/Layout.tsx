import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useSession } from '../session';

const sections = [
  { href: '/', label: 'Runs', active: (path: string) => path === '/' || path.startsWith('/runs') },
  { href: '/evaluators', label: 'Evaluators', active: (path: string) => path.startsWith('/evaluators') },
  { href: '/datasets', label: 'Datasets', active: (path: string) => path.startsWith('/datasets') },
  { href: '/containers', label: 'Containers', active: (path: string) => path.startsWith('/containers') },
  { href: '/monitors', label: 'Monitors', active: (path: string) => path.startsWith('/monitors') },
  { href: '/webhooks', label: 'Webhooks', active: (path: string) => path.startsWith('/webhooks') },
];

export function Layout({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const { self, signOut } = useSession();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <span className="brand">Assay</span>
        <nav aria-label="Sections">
          <ul>
            {sections.map((section) => (
              <li key={section.href}>
                <Link href={section.href} aria-current={section.active(location) ? 'page' : undefined}>
                  {section.label}
                </Link>
              </li>
            ))}
            <li>
              <a href="/docs">API reference</a>
            </li>
          </ul>
        </nav>
        <div className="whoami">
          <span title={`key ${self.prefix}…`}>
            {self.project.name} · {self.name} ({self.scopes.join(', ')})
          </span>
          <button type="button" className="link-button" onClick={signOut}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

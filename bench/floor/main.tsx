/** The JavaScript floor: React, ReactDOM and TanStack Query doing the least an app can, for `npm run bench`. */
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';

function Data() {
  const { data } = useQuery({ queryKey: ['d'], queryFn: () => fetch('/data.json').then((r) => r.json() as Promise<unknown>) });
  return <pre>{JSON.stringify(data)}</pre>;
}

createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={new QueryClient()}>
    <Data />
  </QueryClientProvider>,
);

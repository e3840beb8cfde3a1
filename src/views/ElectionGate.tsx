/** Loads the election a view names and renders it, or says why it cannot: loading, then data or an error. */
import type { ReactNode } from 'react';
import { useElection } from '../data/electionQuery.ts';
import type { Election } from '../data/electionSchema.ts';
import { ErrorPanel } from './ErrorPanel.tsx';
import { LoadingState } from './LoadingState.tsx';

export function ElectionGate({ electionId, children }: { electionId: string; children: (election: Election) => ReactNode }) {
  const { data, error, isPending, refetch } = useElection(electionId);
  if (data) return children(data);
  if (isPending) return <LoadingState />;
  return (
    <main>
      <ErrorPanel error={error} onRetry={() => void refetch()} />
    </main>
  );
}

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles.css';
import { EmbedApp } from './EmbedApp.tsx';
import { reportHeight } from './reportHeight.ts';

const queryClient = new QueryClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <EmbedApp />
    </QueryClientProvider>
  </StrictMode>,
);
reportHeight();

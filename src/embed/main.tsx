import { mountApp } from '../mountApp.tsx';
import { EmbedApp } from './EmbedApp.tsx';
import { reportHeight } from './reportHeight.ts';

mountApp(EmbedApp);
reportHeight();

import { App } from './App.tsx';
import { mountApp } from './mountApp.tsx';

mountApp(App);

import { render } from 'preact';
import { applyLanguageSetting } from '@/lib/i18n-override';
import { App } from './App';
import './style.css';

void applyLanguageSetting().then(() => render(<App />, document.getElementById('app')!)); // the chosen language before any text

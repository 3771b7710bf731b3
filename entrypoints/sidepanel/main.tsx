import { render } from 'preact';
import { SidePanelApp } from '../../components/SidePanelApp.tsx';
import { applyLocale, uiLocale } from '../../lib/browser/ui-lang.ts';
import '../../components/theme.css';

const locale = uiLocale();
applyLocale(document, locale, locale.t('appTitle'));
render(<SidePanelApp locale={locale} />, document.getElementById('app')!);

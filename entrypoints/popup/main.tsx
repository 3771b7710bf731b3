import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp.tsx';
import { applyLocale, uiLocale } from '../../lib/browser/ui-lang.ts';
import '../../components/theme.css';

const locale = uiLocale();
applyLocale(document, locale, locale.t('appTitle'));
render(<PopupApp locale={locale} />, document.getElementById('app')!);

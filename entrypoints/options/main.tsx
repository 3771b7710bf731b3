import { render } from 'preact';
import { OptionsApp } from '../../components/OptionsApp.tsx';
import { applyLocale, uiLocale } from '../../lib/browser/ui-lang.ts';
import '../../components/theme.css';

const locale = uiLocale();
applyLocale(document, locale, locale.t('optionsTitle'));
render(<OptionsApp locale={locale} />, document.getElementById('app')!);

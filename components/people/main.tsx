import { mountPage } from '../mount-page';
import { PeopleApp } from './PeopleApp';
import './people.css';

// Dates, lists and screen readers follow the browser's language, as the catalog does.
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = `Give First: ${browser.i18n.getMessage('peopleTitle') || 'People'}`;
mountPage(PeopleApp);

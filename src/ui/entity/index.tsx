// The entity page, entity.html?id=<entity id>: opened by the card's "More".
import { render } from 'preact';
import { invokeBackground } from '../../browser.js';
import { startPage } from '../page.js';
import { EntityPageApp } from './EntityPage.js';

void startPage('extName').then(() => {
  const id = new URLSearchParams(location.search).get('id') ?? '';
  const mount = document.getElementById('app');
  if (mount) render(<EntityPageApp initialId={id} load={(entity) => invokeBackground('getEntityPage', { id: entity })} />, mount);
});

import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

import { App } from './App'
import { KeeperContext } from './components/share/keeperContext'
import { createPlaygroundStore } from './store/playgroundStore'
import './styles/app.css'
import { registerServiceWorker } from './ui/share/serviceWorker'

const root = document.getElementById('root')
if (root === null) throw new Error('index.html has no #root element')

const store = createPlaygroundStore()
// Just after the first paint: the link in the address, else the saved work.
const keeper = import('./store/persistStart').then((m) => m.startKeeping(store))

createRoot(root).render(
  <StrictMode>
    <KeeperContext value={keeper}>
      <App store={store} />
    </KeeperContext>
  </StrictMode>,
)

registerServiceWorker()

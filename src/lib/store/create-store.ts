/** The one module that imports zustand; UI and session state stores are built with this. */
export { create as createStore } from 'zustand';

/** Function file of the ribbon button: Office requires it to initialise; the button itself opens the task pane. */
Office.onReady(() => undefined);

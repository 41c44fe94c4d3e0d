document.getElementById('root')!.textContent = 'Innboks';

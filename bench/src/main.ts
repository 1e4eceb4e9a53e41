console.log('bench: harness coming');

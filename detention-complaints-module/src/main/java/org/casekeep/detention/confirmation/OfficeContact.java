package org.casekeep.detention.confirmation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The office's contact details that every confirmation gives (PIA 7.3: "providing the office's contact information"),
 * so submitters can update or correct their information at any time. Set by the deployment
 * ({@code casekeep.detention.office.*}); the defaults are examples.
 */
@Component
public class OfficeContact {

	private final String name;
	private final String address;
	private final String phone;
	private final String email;

	OfficeContact(@Value("${casekeep.detention.office.name:Office of the Immigration Detention Ombudsman}") String name,
			@Value("${casekeep.detention.office.address:U.S. Department of Homeland Security, Washington, DC 20528}") String address,
			@Value("${casekeep.detention.office.phone:+1 202 555 0100}") String phone,
			@Value("${casekeep.detention.office.email:oido@casekeep.example}") String email) {
		this.name = name;
		this.address = address;
		this.phone = phone;
		this.email = email;
	}

	public String name() { return name; }
	public String address() { return address; }
	public String phone() { return phone; }
	public String email() { return email; }
}
